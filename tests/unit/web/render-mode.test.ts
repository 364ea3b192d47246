/**
 * Which renderer draws a view: WebGL only where a GPU draws it; WebGL in software (headless
 * Chromium's SwiftShader, Mesa's llvmpipe) is slower than the 2D canvas at 5,000 entities, so
 * large views go to the canvas's moving snapshot there (figures in `npm run bench:web`).
 */
import { chooseRenderer, drawsLines, glKindOf, LINES_FROM } from '../../../web/src/graph/renderMode';

test('renderer names of CPU-drawn WebGL are told from GPUs', () => {
  const software = [
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  ];
  const hardware = [
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)',
    'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
  ];
  expect(software.map(glKindOf)).toEqual(software.map(() => 'software'));
  expect(hardware.map(glKindOf)).toEqual(hardware.map(() => 'hardware'));
});

test('a large view is drawn with WebGL on a GPU and on the 2D canvas otherwise; small views always on the canvas', () => {
  expect(chooseRenderer(true, 'hardware')).toBe('webgl');
  expect(chooseRenderer(true, 'software')).toBe('canvas');
  expect(chooseRenderer(true, 'none')).toBe('canvas');
  expect(chooseRenderer(false, 'hardware')).toBe('canvas');
});

test('?renderer= forces a renderer, but never WebGL where the browser has none', () => {
  expect(chooseRenderer(false, 'software', 'webgl')).toBe('webgl');
  expect(chooseRenderer(true, 'hardware', 'canvas')).toBe('canvas');
  expect(chooseRenderer(true, 'none', 'webgl')).toBe('canvas');
});

test('relations are drawn as plain lines until zoomed in from LINES_FROM of them, and in every large view', () => {
  // The article's 126 relations are always drawn in full.
  expect(drawsLines(false, 126, 'auto')).toBe(false);
  expect(drawsLines(false, LINES_FROM - 1, 'auto')).toBe(false);
  expect(drawsLines(false, LINES_FROM, 'auto')).toBe(true);
  expect(drawsLines(false, LINES_FROM, 'never')).toBe(true);
  // Words asked for at every zoom need the relations drawn in full.
  expect(drawsLines(false, 5000, 'always')).toBe(false);
  expect(drawsLines(true, 10, 'always')).toBe(true);
});
