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
import { showDataFolder } from '../services/data-folder-service';
import { readLicenceNotices } from '../services/licence-service';
import { createSettingsService } from '../services/settings-service';
import { withThemeFollowed } from './theme-follow';

export type { HandlerContext } from './handler-context';

/**
 * Every channel's handler, wired to the services over the open data: the person's own database,
 * or a sample while they explore one (see sample-handlers.ts).
 */
export function createHandlers(context: HandlerContext): Handlers {
  const handlers = withSampleData(context, handlerSteps);
  if (context.applyTheme === undefined) return handlers;
  // The appearance is always the person's own, read from their own file (also while exploring).
  const ownSettings = createSettingsService(context.db);
  return withThemeFollowed(handlers, () => ownSettings.get().theme, context.applyTheme);
}

/**
 * Every channel but the sample's, over one open database; one file per domain. Each domain
 * prepares its statements when built, a fraction of a millisecond to a millisecond each, some
 * eight in all: the generator pauses after each domain, so a set built while the app is running
 * (the sample's, when someone starts exploring) can give the event loop a turn between domains
 * and never hold the window for the whole build. Built at start, it runs straight through.
 */
function* handlerSteps(context: HandlerContext): Generator<undefined, DataHandlers, undefined> {
  const mood = createMoodHandlers(context);
  yield;
  const communication = createCommunicationHandlers(context);
  yield;
  const settings = createSettingsHandlers(context);
  const tags = createTagHandlers(context);
  yield;
  const habits = createHabitHandlers(context);
  yield;
  const data = createDataHandlers(context);
  yield;
  const report = createReportHandlers(context);
  const backups = createBackupHandlers(context);
  yield;
  const stages = createStageHandlers(context);
  yield;
  const journey = createJourneyHandlers(context);
  yield;
  const decide = createDecideHandlers(context);
  yield;
  const apology = createApologyHandlers(context);
  yield;
  const trust = createTrustHandlers(context);
  yield;
  const charts = createChartHandlers(context);
  yield;
  const insights = createInsightHandlers(context);
  return {
    'app:info': () => ({ version: context.version, databasePath: context.databasePath }),
    'app:reveal': () => showDataFolder(context.databasePath, context.openFolder),
    'licence:list': () => readLicenceNotices(context.licenceNotices ?? []),
    ...mood,
    ...communication,
    ...settings,
    ...tags,
    ...habits,
    ...data,
    ...report,
    ...backups,
    ...stages,
    ...journey,
    ...decide,
    ...apology,
    ...trust,
    ...charts,
    ...insights,
  };
}
