-- 0010: the public pages (/organisatie…) are kept in the read cache too (src/db/lees-cache.ts). Besides
-- the tables of 0009 they read the portefeuilles (named with their wethouder) and the huisstijl, so a
-- write there by another process must reach the servers as well.
create trigger portefeuille_melden after insert or update or delete or truncate on portefeuille for each statement execute function wijziging_melden();
create trigger huisstijl_melden after insert or update or delete or truncate on huisstijl for each statement execute function wijziging_melden();
