package cn.wenzhou.fashion.records;

/**
 * What a reader may see of a record beyond its public fields: its contact details (owner, admins, the
 * counterparty of an accepted cooperation) and its owner's subject (owner and admins only).
 */
public record Disclosure(boolean contact, boolean owner) {
}
