/**
 * The background's message handler: checks who sent a message and what it holds, then answers.
 * Only this extension's own pages and content scripts are heard; anything malformed gets an
 * error and changes nothing.
 */
import { analyze } from '../../core/analyze';
import type { EntityIndex } from '../../core/dataset/entity-index';
import type { Report } from '../../core/report';
import { parseMessage, type Message } from '../protocol';
import type { Reply } from '../reply';
import type { ReportCache } from './report-cache';
import { senderKey, type Uploads } from './uploads';

/** The parts of runtime.MessageSender the handler reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface HandlerDeps {
  extensionId: string;
  /** The extension's own origin, e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  loadIndex: () => Promise<EntityIndex>;
  cache: ReportCache;
  uploads: Uploads;
  today: () => string;
  /** Called with each new report, e.g. to set the toolbar badge. */
  onReport?: (tabId: number, report: Report) => void;
}

/** Creates the handler that runtime.onMessage calls. */
export function createMessageHandler(deps: HandlerDeps): (raw: unknown, sender: Sender) => Promise<Reply<unknown>> {
  return async (raw, sender) => {
    if (sender.id !== deps.extensionId) return { ok: false, error: 'messages from other extensions are not accepted' };
    const parsed = parseMessage(raw);
    if ('error' in parsed) return { ok: false, error: parsed.error };
    try {
      return { ok: true, result: await answer(parsed.message, sender, deps) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

async function answer(message: Message, sender: Sender, deps: HandlerDeps): Promise<unknown> {
  const fromPage = sender.url?.startsWith(deps.extensionOrigin) === true;
  switch (message.type) {
    case 'analyzePart': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('analyzePart is for content scripts');
      const { upload, index, text } = (message as Message<'analyzePart'>).data;
      deps.uploads.add(senderKey(tabId, sender.frameId), upload, index, text);
      return null;
    }
    case 'analyze': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('analyze is for content scripts');
      const { page, meta } = joinUpload(message as Message<'analyze'>, senderKey(tabId, sender.frameId), deps.uploads);
      const report = analyze(page, meta, await deps.loadIndex(), { today: deps.today() });
      deps.cache.set(tabId, report);
      deps.onReport?.(tabId, report);
      return report;
    }
    case 'getTabReport': {
      if (!fromPage) throw new Error('getTabReport is for extension pages');
      return deps.cache.get((message as Message<'getTabReport'>).data.tabId);
    }
    case 'getDatasetInfo': {
      const index = await deps.loadIndex();
      return { people: index.size, asOf: index.asOf };
    }
    case 'reveal':
    case 'getPageState':
      throw new Error(`${message.type} is for content scripts`);
  }
}

/** The analyze message with an uploaded page's parts joined, checked again as a whole. */
function joinUpload(message: Message<'analyze'>, sender: string, uploads: Uploads): Message<'analyze'>['data'] {
  const { page, meta, upload } = message.data;
  if (!upload) return message.data;
  const text = uploads.take(sender, upload.id, upload.parts);
  const joined = parseMessage({ type: 'analyze', data: { page: { text, blocks: page.blocks }, meta } });
  if ('error' in joined) throw new Error(joined.error);
  return (joined.message as Message<'analyze'>).data;
}
