-- Who is signed in, and as what: a profile grants its owner the profile's kind once an admin approved the owner
-- (an approved claim, an assignment, or the approval of a profile the user registered). Owners from before
-- this rule keep their kind.

alter table enterprise add column owner_approved boolean default false not null;
alter table institution add column owner_approved boolean default false not null;
alter table designer add column owner_approved boolean default false not null;
update enterprise set owner_approved = true where owner_id is not null;
update institution set owner_approved = true where owner_id is not null;
update designer set owner_approved = true where owner_id is not null;
