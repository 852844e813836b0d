import { createApologyHandlers } from './apology-handlers';
import { createBackupHandlers } from './backup-handlers';
import { createChartHandlers } from './chart-handlers';
import { createCommunicationHandlers } from './communication-handlers';
import { createDataHandlers } from './data-handlers';
import { createDecideHandlers } from './decide-handlers';
import { createHabitHandlers } from './habit-handlers';
import { createInsightHandlers } from './insight-handlers';
import { createJourneyHandlers } from './journey-handlers';
import type { HandlerContext } from './handler-context';
import { createMoodHandlers } from './mood-handlers';
import { createReportHandlers } from './report-handlers';
import type { Handlers } from './router';
import { withSampleData, type DataHandlers } from './sample-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createStageHandlers } from './stage-handlers';
import { createTagHandlers } from './tag-handlers';
import { createTrustHandlers } from './trust-handlers';

export type { HandlerContext } from './handler-context';

/**
 * Every channel's handler, wired to the services over the open data: the person's own database,
 * or a sample while they explore one (see sample-handlers.ts).
 */
export function createHandlers(context: HandlerContext): Handlers {
  return withSampleData(context, createHandlersOver);
}

/** Every channel but the sample's, over one open database; one file per domain. */
function createHandlersOver(context: HandlerContext): DataHandlers {
  return {
    'app:info': () => ({ version: context.version, databasePath: context.databasePath }),
    ...createMoodHandlers(context),
    ...createCommunicationHandlers(context),
    ...createSettingsHandlers(context),
    ...createTagHandlers(context),
    ...createHabitHandlers(context),
    ...createDataHandlers(context),
    ...createReportHandlers(context),
    ...createBackupHandlers(context),
    ...createStageHandlers(context),
    ...createJourneyHandlers(context),
    ...createDecideHandlers(context),
    ...createApologyHandlers(context),
    ...createTrustHandlers(context),
    ...createChartHandlers(context),
    ...createInsightHandlers(context),
  };
}
