// Keeps a long parse polite: reports progress every chunk, gives the event loop a turn (setImmediate), answers a
// 'cancelled' refusal as soon as the caller's signal aborts (the parse returns it), and carries the file's limits to
// every stage of the parse.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fail } from '../../../shared/api/result';
import type { Failure } from '../../../shared/api/result';
import { resolveLimits } from './limits';
import type { SourceFileLimits } from './limits';
import { SOURCE_LIMITS } from './types';
import type { ParseSourceOptions } from './types';

export class Pacer {
  private nextChars: number = SOURCE_LIMITS.chunkChars;
  private nextRows: number = SOURCE_LIMITS.chunkRows;
  private lastDone = 0;
  /** The stage under way: local units 0..units map onto from..from + span of the total. */
  private stageFrom = 0;
  private stageSpan: number;
  private stageUnits: number;
  /** The limits this file is held to. */
  readonly limits: SourceFileLimits;

  /**
   * `total` is the units of work of the whole parse (characters, counted once per pass); `name` is the file name
   * for the cancellation sentence.
   */
  constructor(
    readonly total: number,
    readonly name: string,
    private readonly options: ParseSourceOptions,
  ) {
    this.stageSpan = total;
    this.stageUnits = total;
    this.limits = resolveLimits(options.limits);
  }

  /**
   * Starts a stage of the work: its own units (characters of one pass, say) 0..units are reported as
   * from..from + span of the total, so the progress a user sees never goes back between stages.
   */
  stage(from: number, span: number, units: number): void {
    this.stageFrom = from;
    this.stageSpan = span;
    this.stageUnits = Math.max(1, units);
    this.nextChars = SOURCE_LIMITS.chunkChars;
    this.nextRows = SOURCE_LIMITS.chunkRows;
  }

  /** True when the work has passed the next checkpoint: call pause() then. Cheap enough for every line. */
  due(done: number, rows = 0): boolean {
    return done >= this.nextChars || rows >= this.nextRows;
  }

  /**
   * Reports progress and lets the event loop run; answers the 'cancelled' refusal when the signal aborted meanwhile
   * (the parse stops and returns it), undefined otherwise.
   */
  async pause(done: number, rows = 0): Promise<Failure<'cancelled'> | undefined> {
    this.nextChars = done + SOURCE_LIMITS.chunkChars;
    this.nextRows = rows + SOURCE_LIMITS.chunkRows;
    this.report(done);
    await nextTurn();
    return this.check();
  }

  /** The 'cancelled' refusal when the signal aborted, undefined otherwise. */
  check(): Failure<'cancelled'> | undefined {
    if (!this.options.signal?.aborted) return undefined;
    return fail('cancelled', `The import of ${this.name} was cancelled; nothing was added.`);
  }

  /** Reports progress (in the stage's units) without pausing; what is reported never goes backwards. */
  report(done: number): void {
    const overall = Math.round(this.stageFrom + (Math.min(done, this.stageUnits) * this.stageSpan) / this.stageUnits);
    const clamped = Math.min(this.total, Math.max(this.lastDone, overall));
    this.lastDone = clamped;
    this.options.onProgress?.(clamped, this.total);
  }

  /** Reports the whole work as done. */
  finish(): void {
    this.stage(0, this.total, this.total);
    this.report(this.total);
  }
}
