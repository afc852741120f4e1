-- Issue #14: a preliminary month is computed again after every invoice run, classification and
-- night, and mostly comes out as it was. A digest of each stored result (its sums, agreement, lines
-- and their events) lets ResultStore leave an unchanged result where it is and only stamp when it
-- was computed, instead of deleting and writing its lines and events again. Null (rows from before)
-- never equals a digest: such a result is written again the next time.
alter table costsharing_result add column digest text;
