import { runTask, type Task, type TaskResult } from './tasks.js';

/** Piscina entry point: one task per call, pipelines cached per thread. */
export default function work(task: Task): Promise<TaskResult> {
  return runTask(task);
}
