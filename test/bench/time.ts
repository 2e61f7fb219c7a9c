// Timing for the benches. This machine is shared and often loaded, and wall time then counts the time spent waiting
// for a core. CPU time (user + system of this process) counts only the work done, so CPU-time targets hold under
// load; the benches print wall time beside it, with the load average, so a reader sees both.
import { availableParallelism, loadavg } from 'node:os';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Runs `fn` once and returns what it returned, its wall time and the CPU time this process spent on it. */
export function timed<T>(fn: () => T): Timing & { value: T } {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** CPU time of `fn` in milliseconds. */
export function cpuMs(fn: () => void): number {
  return timed(fn).cpuMs;
}

/** The median of each measure over `timings`. */
export function medianTiming(timings: Timing[]): Timing {
  const mid = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return { wallMs: mid(timings.map((t) => t.wallMs)), cpuMs: mid(timings.map((t) => t.cpuMs)) };
}

/** "load 2.31 on 2 cores": the one-minute load average, printed beside wall times. */
export function loadNote(): string {
  return `load ${(loadavg()[0] ?? 0).toFixed(2)} on ${availableParallelism()} cores`;
}
