-- Scheduled work that runs on one instance at a time across replicas (common.ClusterOnce, ShedLock's JDBC provider):
-- one row per job, taken by a conditional update of lock_until. Times as the instances write
-- them, in their JVM's time zone (UTC in the image): every replica must run in the same one.

create table scheduled_job_lock (
    name varchar(64) primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null
);
