package org.voicequal.ingest.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;
import org.voicequal.events.ApiKeyChanged;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.Topics;

/**
 * Accounts and their API keys. A key is 32 random bytes shown once when issued; only its SHA-256 is stored
 * and published (on the compacted {@code access.api-keys.v1}, through the outbox in the transaction that
 * stores it), so that review-worker verifies reviewers' keys without reading these tables.
 */
@Service
public class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String SOURCE = "ingest-service";

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Clock clock;
    private final AccessProperties properties;

    public Accounts(Jdbi jdbi, Outbox outbox, OutboxRelay relay, Clock clock, AccessProperties properties) {
        this.properties = properties;
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    /** The caller holding {@code key}, if the key is known and not revoked. */
    public Optional<Caller> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(key.strip());
        Optional<Caller> configured = properties.operator(hash);
        if (configured.isPresent()) {
            return configured;
        }
        // a lookup by the hash of a 256-bit random key: timing can at most tell hash prefixes, which are public
        return jdbi.withExtension(AccountDao.class, dao -> dao.activeKey(hash))
                .map(k -> new Caller(k.keyId(), k.name(), Role.valueOf(k.role()), k.accountId()));
    }

    /** Creates the account, or answers the existing one unchanged (creating is idempotent by id). */
    public Account create(String id, String displayName, boolean number400Enabled) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.attach(handle, AccountDao.class);
            dao.insert(new Account(id, displayName, number400Enabled, now, now));
            return dao.find(id).orElseThrow();
        });
    }

    public Optional<Account> find(String id) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.find(id));
    }

    public Optional<Account> update(String id, String displayName, Boolean number400Enabled) {
        return jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.attach(handle, AccountDao.class);
            return dao.find(id).map(a -> {
                Account updated = new Account(a.id(), displayName == null ? a.displayName() : displayName,
                        number400Enabled == null ? a.number400Enabled() : number400Enabled, a.createdAt(), now());
                dao.update(updated);
                return updated;
            });
        });
    }

    /** Issues a new key: the clear key is in the answer and nowhere else. */
    public IssuedKey issue(String name, Role role, String accountId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "vq_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return register(key, name, role, accountId);
    }

    /**
     * Stores a key whose clear text the caller already holds (the local launcher's demo keys, kept in its data
     * directory); registering the same key again changes nothing.
     */
    public IssuedKey register(String key, String name, Role role, String accountId) {
        new Caller("-", name, role, accountId); // refuses a role without its account, or an account without a role
        String hash = hash(key);
        String keyId = keyId(hash);
        Instant now = now();
        jdbi.useTransaction(handle -> {
            AccountDao dao = Daos.attach(handle, AccountDao.class);
            if (dao.insertKey(new AccountDao.KeyRow(hash, keyId, name, role.name(), accountId, now, null)) == 1) {
                publish(handle, hash, keyId, name, role.name(), accountId, false, now);
            }
        });
        relay.wakeUp();
        return new IssuedKey(keyId, key, name, role, accountId, now);
    }

    /** Revokes a key by its id; false when there is no such active key. */
    public boolean revoke(String keyId) {
        Instant now = now();
        boolean revoked = jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.attach(handle, AccountDao.class);
            Optional<AccountDao.KeyRow> key = dao.keyById(keyId);
            if (key.isEmpty() || dao.revoke(keyId, now) == 0) {
                return false;
            }
            AccountDao.KeyRow k = key.get();
            publish(handle, k.keyHash(), k.keyId(), k.name(), k.role(), k.accountId(), true, now);
            return true;
        });
        relay.wakeUp();
        return revoked;
    }

    /** The account's keys, without their hashes. */
    public List<IssuedKey> keysOf(String accountId) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.keysOf(accountId)).stream()
                .map(k -> new IssuedKey(k.keyId(), null, k.name(), Role.valueOf(k.role()), k.accountId(), k.createdAt()))
                .toList();
    }

    private void publish(Handle handle, String hash, String keyId, String name, String role, String accountId,
            boolean revoked, Instant at) {
        outbox.append(handle, Topics.API_KEYS, hash, ApiKeyChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setKeyHash(hash).setKeyId(keyId).setName(name)
                .setRole(role).setAccountId(accountId).setRevoked(revoked).setChangedAt(at).build());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The SHA-256 of a key in lower-case hex: what is stored, published and configured, never the key. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String keyId(String hash) {
        return "key-" + hash.substring(0, 12);
    }

    /**
     * A key as issued. {@code key} is the clear key, only in the answer to the request that issued it.
     */
    public record IssuedKey(String keyId, String key, String name, Role role, String accountId, Instant createdAt) {
    }
}
