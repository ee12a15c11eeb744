/**
 * Hands a page's text to the service worker. The browser serialises a message on the page's
 * thread before sendMessage returns, about 10 ms a megabyte here: a long page goes in parts of
 * PART_CHARS, each its own task, then the analyze message names them. A worker that stopped
 * between the parts and the analysis has lost them: the upload is then sent again.
 */
import type { PageMeta, PageText, Report } from '../../core/report';
import { PART_CHARS, UPLOAD_INCOMPLETE, type MessageData, type MessageResult, type MessageType } from '../protocol';
import { request } from '../reply';
import { timed, type SliceStats, type SliceWindow } from './slices';

let uploads = 0;
/** Uploads of one page in all, the first included. */
const UPLOAD_ATTEMPTS = 3;

/** Sends the page for analysis and resolves with the report; `stats` gets each send's time. */
export async function sendPage(
  win: SliceWindow,
  send: (message: unknown) => Promise<unknown>,
  page: PageText,
  meta: PageMeta,
  stats: SliceStats,
): Promise<Report> {
  // Each send is timed up to its return: the serialising is done by then, the answer comes later.
  const ask = <T extends MessageType>(type: T, data: MessageData<T>): Promise<MessageResult<T>> =>
    timed(win, () => request(send, type, data), stats);
  if (page.text.length <= PART_CHARS) return ask('analyze', { page, meta });

  const upload = async (): Promise<Report> => {
    // Unique within this frame, which is all the background keys uploads by.
    const id = `${String(++uploads)}-${Math.random().toString(36).slice(2, 10)}`;
    const parts = Math.ceil(page.text.length / PART_CHARS);
    for (let index = 0; index < parts; index++)
      await ask('analyzePart', {
        upload: id,
        index,
        text: page.text.slice(index * PART_CHARS, (index + 1) * PART_CHARS),
      });
    return ask('analyze', { page: { text: '', blocks: page.blocks }, meta, upload: { id, parts } });
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await upload();
    } catch (error) {
      const lost = error instanceof Error && error.message === UPLOAD_INCOMPLETE;
      if (!lost || attempt >= UPLOAD_ATTEMPTS) throw error;
    }
  }
}
