/**
 * The one message contract between the extension's parts: a map from message type to its `data`
 * and its result. The background validates every message's shape against it (and its sender).
 */
import type { PageMeta, PageText, Report } from '../core/report';
import type { SliceStats } from './content/slices';

export interface ProtocolMap {
  /**
   * Content script -> background: analyse this page's text; answers with the report. A long
   * page's text comes first in analyzePart messages; then `page.text` is empty and `upload` names them.
   */
  analyze: { data: { page: PageText; meta: PageMeta; upload?: UploadRef }; result: Report };
  /** Content script -> background: one part of a long page's text, in order from 0. */
  analyzePart: { data: { upload: string; index: number; text: string }; result: null };
  /** Popup -> background: the cached report of a tab, or null when there is none yet. */
  getTabReport: { data: { tabId: number }; result: Report | null };
  /** Options page -> background: how big the bundled dataset is and how recent. */
  getDatasetInfo: { data: Record<string, never>; result: DatasetInfo };
  /** Popup -> content script: scroll to a person's mention (or a quote) and flash it. */
  reveal: { data: RevealRequest; result: RevealResult };
  /** Popup -> content script: whether the page can be and is painted. */
  getPageState: { data: Record<string, never>; result: PageState };
}

/** An upload of a page's text in `parts` analyzePart messages. */
export interface UploadRef {
  id: string;
  parts: number;
}

/** The longest part of a page's text sent in one message. */
export const PART_CHARS = 262_144;

/** The background's answer when an upload's parts are not all there (e.g. the worker restarted). */
export const UPLOAD_INCOMPLETE = 'the page arrived incomplete';

export interface DatasetInfo {
  people: number;
  asOf: string;
}

export interface RevealRequest {
  /** A person's key, or "quote:<index>" for a quotation. */
  target: string;
  /** Which mention: the first, or the one after / before the last revealed. */
  step: 'first' | 'next' | 'previous';
}

export interface RevealResult {
  /** 0-based index of the mention revealed, and how many there are. */
  index: number;
  count: number;
}

export interface PageState {
  /** The browser has the CSS Custom Highlight API. */
  canHighlight: boolean;
  /** Highlights are painted now (not switched off). */
  painted: boolean;
  /** The main-thread work of the last scan that reached the page, or null before one did. */
  work: ContentWork | null;
}

/** Main-thread time of the content script's parts, each in one or more short slices. */
export interface ContentWork {
  /** Reading the page's text and date. */
  collect: SliceStats;
  /** Handing the text to the service worker (the browser serialises the message). */
  send: SliceStats;
  /** Registering the highlights. */
  paint: SliceStats;
}

export type MessageType = keyof ProtocolMap;
export type MessageData<T extends MessageType> = ProtocolMap[T]['data'];
export type MessageResult<T extends MessageType> = ProtocolMap[T]['result'];

export interface Message<T extends MessageType = MessageType> {
  type: T;
  data: MessageData<T>;
}

/** The most text a page may send: pages larger than this are cut by collect. */
export const MAX_PAGE_CHARS = 6_000_000;

type Check = (data: unknown) => string | null;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';
const isUploadId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 64;
/** An integer from 1 to `max`. */
const isCount = (value: unknown, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;

const CHECKS: { [T in MessageType]: Check } = {
  analyze: (data) => {
    if (!isRecord(data) || !isRecord(data.page) || !isRecord(data.meta)) return 'analyze needs { page, meta }';
    const { page, meta } = data;
    if (typeof page.text !== 'string' || page.text.length > MAX_PAGE_CHARS)
      return 'page.text must be a string of at most 6 MB';
    if (!Array.isArray(page.blocks)) return 'page.blocks must be a list';
    // An uploaded page's blocks are checked again once its parts are joined.
    const textLength = data.upload === undefined ? page.text.length : MAX_PAGE_CHARS;
    let last = 0;
    for (const block of page.blocks as unknown[]) {
      if (!isRecord(block) || !Number.isInteger(block.start) || !Number.isInteger(block.end))
        return 'a block needs integer start and end';
      const start = block.start as number;
      const end = block.end as number;
      if (start < last || end < start || end > textLength) return 'blocks must be ordered ranges inside the text';
      last = end;
    }
    if (
      typeof meta.source !== 'string' ||
      !isNullableString(meta.title) ||
      !isNullableString(meta.publishedAt) ||
      !isNullableString(meta.language)
    ) {
      return 'meta needs source, title, publishedAt and language';
    }
    if (typeof meta.publishedAt === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt))
      return 'meta.publishedAt must be YYYY-MM-DD';
    if (data.upload !== undefined) {
      const { upload } = data;
      if (!isRecord(upload) || !isUploadId(upload.id) || !isCount(upload.parts, MAX_PAGE_CHARS / PART_CHARS + 1))
        return 'upload needs an id and a number of parts';
      if (page.text !== '') return 'an uploaded page sends its text in parts only';
    }
    return null;
  },
  analyzePart: (data) =>
    isRecord(data) &&
    isUploadId(data.upload) &&
    typeof data.index === 'number' &&
    isCount(data.index + 1, MAX_PAGE_CHARS / PART_CHARS + 1) &&
    typeof data.text === 'string' &&
    data.text.length <= PART_CHARS
      ? null
      : 'analyzePart needs { upload, index, text } with at most 256 K characters',
  getTabReport: (data) =>
    isRecord(data) && Number.isInteger(data.tabId) ? null : 'getTabReport needs an integer tabId',
  getDatasetInfo: (data) => (isRecord(data) ? null : 'getDatasetInfo takes {}'),
  reveal: (data) =>
    isRecord(data) &&
    typeof data.target === 'string' &&
    data.target.length < 300 &&
    ['first', 'next', 'previous'].includes(data.step as string)
      ? null
      : 'reveal needs { target, step }',
  getPageState: (data) => (isRecord(data) ? null : 'getPageState takes {}'),
};

/** Checks a raw message; returns it typed, or the reason it is malformed. */
export function parseMessage(raw: unknown): { message: Message } | { error: string } {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !(raw.type in CHECKS)) return { error: 'unknown message type' };
  const type = raw.type as MessageType;
  const problem = CHECKS[type](raw.data);
  return problem ? { error: problem } : { message: { type, data: raw.data } as Message };
}
