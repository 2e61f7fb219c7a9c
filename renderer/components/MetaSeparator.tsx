// The "·" between the parts of a meta line. It closes the part before it, joined to that part's last word by a
// no-break space, so a line that wraps ends with "·" and never starts with one.

/** Put it at the end of every part that another part follows (see the file comment). */
export function MetaSeparator() {
  return <span aria-hidden="true">{'\u00a0· '}</span>;
}
