import type { ChartChannel } from '../shared/ipc-channels';
import { createChartService } from '../services/chart-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createChartHandlers({ db, now }: HandlerContext): Pick<Handlers, ChartChannel> {
  const charts = createChartService(db, now ? { now } : {});
  return {
    'chart:mood': (request) => charts.checked.mood(request),
    'chart:hurt': (request) => charts.checked.hurt(request),
    'chart:habits': (request) => charts.checked.habits(request),
    'chart:practice': (request) => charts.checked.practice(request),
    'chart:contact': (request) => charts.checked.contact(request),
    'chart:stages': (request) => charts.checked.stages(request),
  };
}
