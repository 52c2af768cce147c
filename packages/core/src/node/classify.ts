// Kept for the Node modules' imports: the classifier lives in ingest/classifier.ts (one home).
export { defaultClassifier } from '../ingest/classifier.js';
