import { create } from 'qrcode/lib/core/qrcode';
import { renderToDataURL } from 'qrcode/lib/renderer/canvas';

// QR codes for join links, from two parts of the qrcode package: the code itself and its canvas
// renderer. The package's browser entry also brings its SVG renderer and a callback wrapper, which
// no screen here uses (the wall draws the modules itself: projector/model/lobby.ts).

/** A join link as a PNG data URL, for a phone's camera to read off a laptop or a projector. */
export function qrDataUrl(link: string): string {
  return renderToDataURL(create(link, { errorCorrectionLevel: 'M' }), { margin: 1, width: 360 });
}
