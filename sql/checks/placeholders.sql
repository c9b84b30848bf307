-- No placeholder is left from the template (上海市普陀区XX局, ××, XXXX万元, 某某), nor the template's
-- choice of words (增加（减少）, 增长/下降) in a sentence, nor a reason left empty (主要原因是：。 — a
-- line that ends after 主要原因是： goes on on the next one, and is not judged): a reader would take it for a name or a
-- figure, or cannot tell which way it went (a table's column header 增加（减少） is not judged). One comparison a line that holds one, and one for the whole
-- report when none does, so that a clean report passes rather than having nothing to compare.
-- A disclosure defect: warn.
with hits as (
    select line_no,
        substring(line_text from '(X{2,}|Ｘ{2,}|×{2,}|某某|(?:增加|增长|上升)\s*[（(/／]\s*(?:减少|下降)\s*[）)]?|原因(?:是|为)?\s*[:：]\s*[。；;])') as placeholder
    from fiscal.document_line
    where document_id = $1
        -- Plain tests before the regular expression, which cost 2 ms on a document's lines.
        and (strpos(line_text, 'XX') > 0 or strpos(line_text, 'ＸＸ') > 0 or strpos(line_text, '××') > 0 or strpos(line_text, '某某') > 0
            or (strpos(line_text, '减少') > 0 or strpos(line_text, '下降') > 0 or strpos(line_text, '原因') > 0) and line_text not like E'%\t%'
                and line_text ~ '((增加|增长|上升)\s*[（(/／]\s*(减少|下降)|原因(是|为)?\s*[:：]\s*[。；;])')
)

select 'document' as table_codes, placeholder || ' line ' || line_no as row_key, 0 as expected, 1 as actual, 0 as terms,
    false as is_total, '=' as relation, array[line_no] as source_lines, 'no template placeholder is left in the report' as message
from hits
union all
select 'document', 'placeholders', 0, 0, 0, false, '=', '{}'::integer[], 'no template placeholder is left in the report'
where not exists (select 1 from hits)
