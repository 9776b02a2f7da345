import { expect } from '@open-wc/testing';
import { richTextElement, richTextHtml, sanitizedElement } from '../../src/view/rich-text-html.js';

describe('richTextHtml: the rich-text subset through DOMPurify', () => {
  it('writes paragraphs, bold, italic and links', () => {
    expect(
      richTextHtml('One **bold** and *italic*.\n\nSee [Kemlu](https://kemlu.go.id).'),
    ).to.equal(
      '<p>One <strong>bold</strong> and <em>italic</em>.</p>' +
        '<p>See <a href="https://kemlu.go.id" target="_blank" rel="noopener noreferrer">Kemlu</a>.</p>',
    );
  });

  it('drops a javascript: link and keeps its label as text', () => {
    const element = richTextElement('Click [here](javascript:alert(1)) now');
    expect(element.querySelector('a')).to.equal(null);
    expect(element.textContent).to.equal('Click here now');
  });

  it('allows mailto links', () => {
    expect(richTextElement('[Write](mailto:info@example.org)').querySelector('a')!.href).to.equal(
      'mailto:info@example.org',
    );
  });

  it('shows HTML written in a description as text, never as elements', () => {
    const element = richTextElement(
      '**Hi** <img src=x onerror="alert(1)"> <script>alert(2)</script>',
    );
    expect(element.querySelector('img, script')).to.equal(null);
    expect(element.textContent).to.equal(
      'Hi <img src=x onerror="alert(1)"> <script>alert(2)</script>',
    );
  });

  it('removes everything but p, strong, em and a[href] from HTML it is handed', () => {
    const element = sanitizedElement(
      '<p onclick="x()">A <img src=x onerror=alert(1)><script>alert(1)</script>' +
        '<a href="javascript:alert(1)">bad</a> <a href="https://ok.example" style="color:red">ok</a>' +
        '<iframe src="https://evil.example"></iframe></p>',
    );
    expect(element.querySelector('img, script, iframe, [onclick], [style]')).to.equal(null);
    const links = [...element.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://ok.example']);
    expect(links[1]!.rel).to.equal('noopener noreferrer');
    expect(links[1]!.target).to.equal('_blank');
  });
});
