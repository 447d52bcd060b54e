import type { Stage } from './stage.js';

/** Maps stage ids to stages; refuses duplicates. */
export class StageRegistry {
  private readonly stages = new Map<string, Stage<any>>();

  /** Registers a stage; throws when its id is taken (a programming error, not bad input). */
  register(stage: Stage<any>): this {
    if (this.stages.has(stage.id)) throw new Error(`stage "${stage.id}" is already registered`);
    this.stages.set(stage.id, stage);
    return this;
  }

  /** The stage with this id, or undefined. */
  get(id: string): Stage<any> | undefined {
    return this.stages.get(id);
  }

  /** All registered ids, sorted. */
  ids(): string[] {
    return [...this.stages.keys()].sort();
  }
}
