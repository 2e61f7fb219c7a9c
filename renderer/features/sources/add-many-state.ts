// Adding several source files at once: each file's outcome (waiting, adding, added, refused with its sentence) and
// the progress line ("Adding 2 of 5: council.srt"). Pure functions, tested in Node; add-many.ts runs the files.

export type FileOutcome =
  | { state: 'waiting' }
  | { state: 'adding' }
  | { state: 'added'; title: string }
  | { state: 'refused'; message: string };

export interface AddManyState {
  files: { name: string; outcome: FileOutcome }[];
}

/** Every file waiting, in the order chosen. */
export function startAddMany(names: readonly string[]): AddManyState {
  return { files: names.map((name) => ({ name, outcome: { state: 'waiting' } })) };
}

/** The state with file `index` given its new outcome. */
export function settleFile(state: AddManyState, index: number, outcome: FileOutcome): AddManyState {
  return { files: state.files.map((f, i) => (i === index ? { ...f, outcome } : f)) };
}

/** True once no file is waiting or being added. */
export function isFinished(state: AddManyState): boolean {
  return state.files.every((f) => f.outcome.state === 'added' || f.outcome.state === 'refused');
}

/** "Adding 2 of 5: council.srt" while running; "Added 4 of 5 files; 1 was refused." once done. */
export function progressLine(state: AddManyState): string {
  const total = state.files.length;
  const current = state.files.findIndex((f) => f.outcome.state === 'adding');
  if (current >= 0) return `Adding ${current + 1} of ${total}: ${state.files[current]?.name}`;
  const added = state.files.filter((f) => f.outcome.state === 'added').length;
  const refused = state.files.filter((f) => f.outcome.state === 'refused').length;
  if (!isFinished(state)) return `Waiting to add ${total} files`;
  const of = `Added ${added} of ${total} ${total === 1 ? 'file' : 'files'}`;
  return refused === 0 ? `${of}.` : `${of}; ${refused} ${refused === 1 ? 'was' : 'were'} refused.`;
}
