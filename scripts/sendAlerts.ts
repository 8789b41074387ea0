// npm run send-alerts: sends the alert emails that are due (daily and weekly, for saved searches
// and saved case studies) and the publishers' freshness reminders (6, 12 and 24 months after
// publication; each claimed before it is sent, so never twice), for cron. The app's own timer does the same; a lease in the store lets
// one process at a time run, and each alert is claimed before it is sent, so running this beside
// the app, or twice at once, never sends an alert twice. It lists any alert claimed but never
// confirmed sent (a process stopped mid-send). Exits 0 when it ran or another process was running,
// 2 if it could not run.
import { runTool, withServices } from './withServices'

runTool(
  'send-alerts',
  () =>
    withServices(async services => {
      try {
        const reminders = await services.freshness.sendDueReminders()
        console.log(`${reminders.sent} freshness reminder${reminders.sent === 1 ? '' : 's'} sent.`)
        const report = await services.alerts.runOnce()
        if (!report.ran) {
          console.log(`Another process (${report.holder}) is sending alerts; nothing sent.`)
          return 0
        }
        console.log(
          `${report.sent} alert email${report.sent === 1 ? '' : 's'} sent; ${report.nothingNew} with nothing new; ` +
            `${report.alreadyClaimed} already claimed by another run.`,
        )
        if (report.unconfirmed.length) {
          console.log(
            `${report.unconfirmed.length} alert${report.unconfirmed.length === 1 ? ' was' : 's were'} claimed but never ` +
              'confirmed sent (a process stopped while sending); they are not sent again:',
          )
          for (const claim of report.unconfirmed) console.log(`  ${claim}`)
        }
        return 0
      } finally {
        await services.searchIndex.stop()
      }
    }),
  2,
)
