import type { Stage } from './stage.js';
import { stageShapeProblems, StageShapeError } from './stage-shape.js';

/** Maps stage ids to stages; refuses duplicates. */
export class StageRegistry {
  private readonly stages = new Map<string, Stage<any>>();

  /**
   * Registers a stage. Throws StageShapeError naming the stage when it lacks the Stage shape (an id, `requires`
   * and `provides` arrays of layers, a `create` function) or its id is taken: programming errors, caught here
   * rather than when a pipeline runs.
   */
  register(stage: Stage<any>): this {
    const problems = stageShapeProblems(stage);
    if (problems.length) throw new StageShapeError(problems.join('; '));
    if (this.stages.has(stage.id)) throw new StageShapeError(`stage "${stage.id}" is already registered`);
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
