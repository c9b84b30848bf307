-- fiscal.unit_factor(from_unit, to_unit): what an amount in one unit is multiplied by to read it
-- in another (万元 = 10000 元); 1 for the same unit and for counts (个, 人次). The one place
-- the views and checks that compare a stated figure with a table convert it.
create function fiscal.unit_factor(from_unit text, to_unit text) returns numeric
language sql immutable
as $$
    select case
        when from_unit = '万元' and to_unit = '元' then 10000
        when from_unit = '元' and to_unit = '万元' then 0.0001
        else 1
    end::numeric
$$;

comment on function fiscal.unit_factor(text, text) is '单位换算 — the factor from one amount unit to another (万元 = 10000 元), 1 otherwise';
