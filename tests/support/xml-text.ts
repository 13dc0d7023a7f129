// The text of an XML element as a person reads it: the five predefined entities decoded. Shared by
// the readers of .docx and .xlsx files the tests open (both are zipped XML).
export const decodeXml = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
