package com.shopassistant.importer;

/**
 * A store file read into a snapshot, with the SHA-256 of its bytes ({@link StoreFileDigest}).
 *
 * @param snapshot what the file holds, checked on its own (not yet against the database)
 * @param sha256 lower-case hex
 */
public record HashedStoreFile(StoreSnapshot snapshot, String sha256) {}
