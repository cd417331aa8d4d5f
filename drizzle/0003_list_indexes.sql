CREATE INDEX "users_last_name_idx" ON "users" USING btree ("last_name","id");--> statement-breakpoint
CREATE INDEX "users_admins_by_last_name_idx" ON "users" USING btree ("last_name","id") WHERE "users"."roles" && '{admin}'::text[];--> statement-breakpoint
-- A 3-letter search is estimated from the statistics of the search document. With the default
-- sample (30,000 rows) a term matching 9,422 users of a million was estimated at 100 in one
-- ANALYZE of four, so its page was sorted (26-56 ms) and its matches counted exactly (15 ms).
-- 250 (75,000 rows) kept such terms above 4,000 in every trial and plans as fast as the
-- default; 1000 estimates better still but doubles the planning time of every search.
ALTER INDEX "users_search_trgm_idx" ALTER COLUMN 1 SET STATISTICS 250;