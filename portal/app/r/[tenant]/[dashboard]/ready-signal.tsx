/**
 * Marks the page ready for printing (`data-report-ready` on <html>) once each of `expected` widgets has reported
 * render-complete or an error, or after a safety timeout. An inline script that runs while the HTML is parsed, so it
 * hears widgets that finish before React hydrates; the events are composed and bubble to the document.
 */
export function ReadySignal({ expected, timeoutMs = 20_000 }: { expected: number; timeoutMs?: number }) {
  const n = Math.max(0, Math.floor(expected));
  const wait = n === 0 ? 0 : Math.max(0, Math.floor(timeoutMs));
  const code = `(function(){var d=document.documentElement,seen=new Set(),n=${n};function ready(){d.setAttribute('data-report-ready','1')}function settle(e){seen.add(e.composedPath()[0]||e.target);if(seen.size>=n)ready()}document.addEventListener('stratum-render-complete',settle,true);document.addEventListener('stratum-error',settle,true);setTimeout(ready,${wait})})();`;
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
