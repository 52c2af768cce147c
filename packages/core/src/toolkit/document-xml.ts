// The XML parts of a .docx (Office Open XML, ECMA-376) and of an .odt (OpenDocument 1.3) for a
// document model (document.ts): title, headings, paragraphs, lists, A4 pages, the document's
// language. Every string is XML-escaped and stripped of the characters XML 1.0 forbids, so a name
// can never break the file or add markup. Pure strings: the caller zips them (the widget does it in
// the browser with fflate; `mimetype` must be the .odt's first entry, stored uncompressed).
import type { DocBlock, DraftDocument } from './document.js';

/** Text as XML character data: escaped, without the control characters and lone surrogates XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const lang = (doc: DraftDocument) => (doc.locale === 'fr' ? { code: 'fr-FR', language: 'fr', country: 'FR' } : { code: 'en-GB', language: 'en', country: 'GB' });

/** One list item's text with its marker ("• " or "3. "), the way both formats print it. */
function listLines(b: DocBlock): string[] {
  if (b.kind === 'bullets') return b.items.map((i) => `•\u00a0${i}`);
  if (b.kind === 'numbered') return b.items.map((i, n) => `${n + 1}.\u00a0${i}`);
  return [];
}

/** The parts of a .docx, by path inside the zip. */
export function docxParts(doc: DraftDocument): Record<string, string> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const l = lang(doc);
  const para = (text: string, style?: string, bold = false) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
  const body: string[] = [para(doc.title, 'Title')];
  for (const b of doc.blocks) {
    if (b.kind === 'notice') body.push(para(b.text, 'Quote'));
    else if (b.kind === 'heading') body.push(para(b.text, b.level === 2 ? 'Heading1' : 'Heading2'));
    else if (b.kind === 'paragraph') body.push(para(b.text, undefined, b.strong === true));
    else for (const line of listLines(b)) body.push(para(line, 'ListParagraph'));
  }
  const style = (id: string, name: string, ppr: string, rpr: string) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(doc.title)}</dc:title><dc:creator>Terreau</dc:creator><dc:language>${l.code}</dc:language></cp:coreProperties>`,
    'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="${l.code}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${style(
      'Title',
      'Title',
      '<w:spacing w:after="240"/>',
      '<w:b/><w:sz w:val="36"/>',
    )}${style('Heading1', 'heading 1', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="28"/>')}${style(
      'Heading2',
      'heading 2',
      '<w:keepNext/><w:spacing w:before="180" w:after="60"/><w:outlineLvl w:val="1"/>',
      '<w:b/><w:sz w:val="24"/>',
    )}${style('Quote', 'Quote', '<w:ind w:left="567"/>', '<w:i/>')}${style('ListParagraph', 'List Paragraph', '<w:spacing w:after="60"/><w:ind w:left="567" w:hanging="283"/>', '')}</w:styles>`,
    'word/document.xml': `${XML}<w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  };
}

/** The .odt's media type: the content of its first entry, `mimetype`, stored uncompressed. */
export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** The parts of an .odt, by path inside the zip (`mimetype` first). */
export function odtParts(doc: DraftDocument): Record<string, string> {
  const l = lang(doc);
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
  const p = (text: string, style: string) => `<text:p text:style-name="${style}">${xmlText(text)}</text:p>`;
  const h = (text: string, level: 1 | 2) => `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${xmlText(text)}</text:h>`;
  const body: string[] = [p(doc.title, 'Title')];
  for (const b of doc.blocks) {
    if (b.kind === 'notice') body.push(p(b.text, 'Quotations'));
    else if (b.kind === 'heading') body.push(h(b.text, b.level === 2 ? 1 : 2));
    else if (b.kind === 'paragraph') body.push(b.strong ? `<text:p text:style-name="Text_20_body"><text:span text:style-name="Strong">${xmlText(b.text)}</text:span></text:p>` : p(b.text, 'Text_20_body'));
    else for (const line of listLines(b)) body.push(p(line, 'List_20_Item'));
  }
  const style = (name: string, display: string, para: string, text: string, extra = '') =>
    `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="Standard"${extra}><style:paragraph-properties ${para}/><style:text-properties ${text}/></style:style>`;
  return {
    mimetype: ODT_MIMETYPE,
    'META-INF/manifest.xml': `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODT_MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    'meta.xml': `${XML}<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta><dc:title>${xmlText(doc.title)}</dc:title><dc:language>${l.code}</dc:language><meta:generator>Terreau</meta:generator></office:meta></office:document-meta>`,
    'styles.xml': `${XML}<office:document-styles ${NS} office:version="1.3"><office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt" fo:language="${l.language}" fo:country="${l.country}"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/>${style(
      'Text_20_body',
      'Text body',
      'fo:margin-bottom="0.2cm"',
      '',
    )}${style('Title', 'Title', 'fo:margin-bottom="0.4cm"', 'fo:font-size="18pt" fo:font-weight="bold"')}${style(
      'Heading_20_1',
      'Heading 1',
      'fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
      'fo:font-size="14pt" fo:font-weight="bold"',
      ' style:default-outline-level="1"',
    )}${style('Heading_20_2', 'Heading 2', 'fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"', 'fo:font-size="12pt" fo:font-weight="bold"', ' style:default-outline-level="2"')}${style(
      'Quotations',
      'Quotations',
      'fo:margin-left="1cm"',
      'fo:font-style="italic"',
    )}${style('List_20_Item', 'List Item', 'fo:margin-left="1cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.1cm"', '')}<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>`,
    'content.xml': `${XML}<office:document-content ${NS} office:version="1.3"><office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`,
  };
}
