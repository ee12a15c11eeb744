/**
 * A long page's text arrives in parts (analyzePart), so that no single message makes the page's
 * thread serialise megabytes at once; the analyze message that follows names the upload. Parts
 * are kept per sending frame, one upload each: a new upload from the same frame replaces the old
 * one. Bounded: at most MAX_PAGE_CHARS per upload and MAX_SENDERS frames at once (the oldest goes).
 */
import { MAX_PAGE_CHARS, UPLOAD_INCOMPLETE } from '../protocol';

const MAX_SENDERS = 16;

export interface Uploads {
  /** Keeps part `index` of upload `id` from `sender`; throws when the upload would grow too big. */
  add(sender: string, id: string, index: number, text: string): void;
  /** The whole text of an upload of `parts` parts, forgetting it; throws when a part is missing. */
  take(sender: string, id: string, parts: number): string;
  /** Drops what a tab's frames were uploading (the tab closed). */
  forgetTab(tabId: number): void;
}

interface Upload {
  id: string;
  parts: string[];
  chars: number;
}

export function createUploads(): Uploads {
  const bySender = new Map<string, Upload>();
  return {
    add: (sender, id, index, text) => {
      let upload = bySender.get(sender);
      if (upload?.id !== id) {
        upload = { id, parts: [], chars: 0 };
        bySender.delete(sender);
        bySender.set(sender, upload);
        const oldest = bySender.keys().next().value;
        if (bySender.size > MAX_SENDERS && oldest !== undefined) bySender.delete(oldest);
      }
      const chars = upload.chars - (upload.parts[index]?.length ?? 0) + text.length;
      if (chars > MAX_PAGE_CHARS) {
        bySender.delete(sender);
        throw new Error('the page is larger than 6 MB');
      }
      upload.parts[index] = text;
      upload.chars = chars;
    },
    take: (sender, id, parts) => {
      const upload = bySender.get(sender);
      bySender.delete(sender);
      if (upload?.id !== id || upload.parts.length !== parts) throw new Error(UPLOAD_INCOMPLETE);
      const text: string[] = [];
      for (let i = 0; i < parts; i++) {
        const part = upload.parts[i];
        if (part === undefined) throw new Error(UPLOAD_INCOMPLETE);
        text.push(part);
      }
      return text.join('');
    },
    forgetTab: (tabId) => {
      for (const sender of [...bySender.keys()]) if (sender.startsWith(`${String(tabId)}:`)) bySender.delete(sender);
    },
  };
}

/** The key of a sending frame. */
export function senderKey(tabId: number, frameId: number | undefined): string {
  return `${String(tabId)}:${String(frameId ?? 0)}`;
}
