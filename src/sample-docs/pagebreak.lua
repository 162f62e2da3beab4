-- Turns a line containing only \newpage into a real page break
-- in DOCX and ODT output (and drops it elsewhere).
function RawBlock(el)
  if el.text:match('^%s*\\newpage%s*$') then
    if FORMAT:match('docx') then
      return pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    elseif FORMAT:match('odt') or FORMAT:match('opendocument') then
      return pandoc.RawBlock('opendocument', '<text:p text:style-name="Pagebreak"/>')
    else
      return {}
    end
  end
end
