-- A unit is a department's: the same printed name under two departments (办公室, 机关服务中心, or
-- a unit two reports list) is two units. Keyed by name alone, the unit took the department of
-- whichever report loaded it first, so the warehouse depended on the loading order, which
-- parallel loads do not fix.
alter table fiscal.dim_unit drop constraint dim_unit_unit_name_key;
alter table fiscal.dim_unit add constraint dim_unit_unit_name_department_key unique (unit_name, department);
comment on table fiscal.dim_unit is '单位 — a reporting unit of a department, by printed name: the department''s 汇总 entity and each unit of 部门决算单位构成 (unit 0 is "none")';
