-- Where each amount of a PDF is printed: the box around its text on its page (the page is its
-- source line's, fiscal.document_line.page). `trace --png` outlines these boxes; null for text reports.
alter table fiscal.fact_gongkai_amount
    add column x0 numeric,
    add column top numeric,
    add column x1 numeric,
    add column bottom numeric;

comment on column fiscal.fact_gongkai_amount.x0 is '左 — the printed amount''s left side, in points from its page''s left edge; null for a text report';
comment on column fiscal.fact_gongkai_amount.top is '上 — the printed amount''s top side, in points from its page''s top edge; null for a text report';
comment on column fiscal.fact_gongkai_amount.x1 is '右 — the printed amount''s right side, in points from its page''s left edge; null for a text report';
comment on column fiscal.fact_gongkai_amount.bottom is '下 — the printed amount''s bottom side, in points from its page''s top edge; null for a text report';
