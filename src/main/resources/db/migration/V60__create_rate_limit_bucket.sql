-- Token buckets of the public API's rate limiter (Bucket4j), shared by every node when
-- motcua.citizen.rate-limit.store is "database" (the postgres profile). Key: the limit and the client's
-- address (IPv4, or the /64 network of an IPv6 address); state: Bucket4j's serialized bucket;
-- expires_at: epoch milliseconds after which a full bucket may be removed.
create table rate_limit_bucket (
	id varchar(100) primary key,
	state bytea,
	expires_at bigint
);
