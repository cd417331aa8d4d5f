/**
 * A one-line progress bar redrawn in place on a terminal; elsewhere (CI logs, pipes) one line per
 * tenth of the work, so logs stay short.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  const started = performance.now();
  const width = 30;
  let lastTenth = -1;
  return (done, total) => {
    const fraction = total === 0 ? 1 : done / total;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const text = `${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${(fraction * 100).toFixed(0)}% ${seconds.toFixed(1)} s ${rate.toLocaleString('en-US')} rows/s`;
    if (stream.isTTY) {
      const filled = Math.round(fraction * width);
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${text}`);
      if (done >= total) stream.write('\n');
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(`${text}\n`);
    }
  };
}
