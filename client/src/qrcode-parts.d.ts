// The two parts of the qrcode package the client imports on their own (qr.ts): typed from the
// package's own types (@types/qrcode), which describe its entry only.
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}

declare module 'qrcode/lib/renderer/canvas' {
  import type { QRCode, QRCodeToDataURLOptions } from 'qrcode';
  export function renderToDataURL(qr: QRCode, options?: QRCodeToDataURLOptions): string;
}
