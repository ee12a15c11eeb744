/**
 * What every message answers: the result, or an error the sender can show. Never a thrown
 * exception across the message boundary.
 */
import type { MessageData, MessageResult, MessageType } from './protocol';

export type Reply<T> = { ok: true; result: T } | { ok: false; error: string };

/** Sends a typed message through `send` (runtime.sendMessage) and unwraps the reply. */
export async function request<T extends MessageType>(
  send: (message: unknown) => Promise<unknown>,
  type: T,
  data: MessageData<T>,
): Promise<MessageResult<T>> {
  const reply = (await send({ type, data })) as Reply<MessageResult<T>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}
