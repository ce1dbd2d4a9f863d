import { readFileSync } from 'node:fs';

const TICKS_PER_MS = 100 / 1000; // Linux reports CPU time in clock ticks of 10 ms

function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * CPU time (ms) used so far by a process and its children (the API's primary and its
 * processes). Read before and after a load, it tells the CPU each request costs, a figure that a
 * busy machine distorts far less than req/s. Linux only; 0 elsewhere.
 */
export function cpuMsOfTree(pid: number): number {
  const all = [pid, ...childrenOf(pid)];
  return all.reduce((sum, p) => sum + ticksOf(p), 0) / TICKS_PER_MS;
}
