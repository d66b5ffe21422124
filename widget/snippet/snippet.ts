// Built to dist/widget/snippet.js (and snippet.html, the same code in a <script> tag to paste
// before the widget's script tag). Under a strict CSP, load snippet.js from your origin instead.
import { installStub } from './stub';

installStub(window as unknown as Parameters<typeof installStub>[0]);
