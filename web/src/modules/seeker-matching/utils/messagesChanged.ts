// The unread badge in the header and the messages page are far apart in the tree: when the page
// marks messages read, it announces it here and the badge reads the count again.
const listeners = new Set<() => void>();

export function announceMessagesChanged(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` after every announcement; returns the unsubscribe function. */
export function onMessagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
