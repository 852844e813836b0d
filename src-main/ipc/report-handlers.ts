import { createReportService } from '../services/report-service';
import type { ReportChannel } from '../shared/ipc-channels';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createReportHandlers({
  db,
  files,
  printPdf,
  offMain,
}: HandlerContext): Pick<Handlers, ReportChannel> {
  const report = createReportService(db, {
    files,
    printPdf,
    renderElsewhere: offMain && ((request) => offMain('renderReport', request)),
    renderFileElsewhere: offMain && ((request) => offMain('renderReportFile', request)),
  });
  return {
    'report:preview': (request) => report.previewElsewhere(request),
    'report:names': (range) => report.names(range),
    'report:save': (request) => report.save(request),
  };
}
