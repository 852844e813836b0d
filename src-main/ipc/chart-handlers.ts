import type { ChartChannel } from '../shared/ipc-channels';
import { createChartService } from '../services/chart-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createChartHandlers({ db, now }: HandlerContext): Pick<Handlers, ChartChannel> {
  const charts = createChartService(db, now ? { now } : {});
  return {
    'chart:mood': (request) => charts.mood(request),
    'chart:hurt': (request) => charts.hurt(request),
    'chart:habits': (request) => charts.habits(request),
    'chart:practice': (request) => charts.practice(request),
    'chart:contact': (request) => charts.contact(request),
    'chart:stages': (request) => charts.stages(request),
  };
}
