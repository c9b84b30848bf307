-- A 经济分类 款 split further by a province (北京: 3021101 差旅费 under 30211, 3021503 三类会议费 under
-- 30215): a third level of 7 digits, its parent the 款 of its first 5 digits.
alter table fiscal.dim_econ drop constraint dim_econ_econ_code_check;
alter table fiscal.dim_econ add constraint dim_econ_econ_code_check check (econ_code ~ '^([0-9]{3}([0-9]{2}([0-9]{2})?)?)?$');
alter table fiscal.dim_econ drop constraint dim_econ_econ_level_check;
alter table fiscal.dim_econ add constraint dim_econ_econ_level_check check (econ_level between 0 and 3);
comment on column fiscal.dim_econ.econ_level is '级次 — 1 = 类 (class), 2 = 款 (section), 3 = a province''s item under a 款 (3021101); 0 for the none row';
comment on column fiscal.dim_econ.parent_econ_id is '上级分类 — the 类 of a 款, the 款 of an item; null for a 类';
