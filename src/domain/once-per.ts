// Work kept per object while the object lives: a command reads its lists once, and the check, the
// progress, the rating and the form's reading ask again for the same keys and indexes of the same list.

/** `make(of)` on the first call for each `of`, the same answer after (so `of` must not change after it). */
export function oncePer<K extends object, V>(make: (of: K) => V): (of: K) => V {
  const made = new WeakMap<K, V>();
  return (of) => {
    if (made.has(of)) return made.get(of) as V;
    const value = make(of);
    made.set(of, value);
    return value;
  };
}

/**
 * `make()` on the first call, the same answer after. For a constant built from the sheet schemas: made
 * at load, it would be paid by every execution, onOpen and each custom-function cell included.
 */
export function once<V>(make: () => V): () => V {
  let made = false;
  let value: V;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
