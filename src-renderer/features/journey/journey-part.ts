import type { StageList } from '../../../src-main/shared/ipc-contract';

/**
 * What the Journey screen gives each of its parts (Decide, Apologize, Take it Slow): where the
 * person is and every move so far (`stage:list`), and a way to say the stage changed so the
 * screen reads it again.
 */
export interface JourneyPartProps {
  readonly stage: StageList;
  readonly onStageChanged: () => void;
}
