package org.voicequal.ingest.account;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.voicequal.ingest.submission.FieldError;
import org.voicequal.ingest.submission.InvalidSubmissionException;

/**
 * The operator's console: accounts (the 400-number enablement) and API keys. An applicant's or auditor's key
 * is issued for one account; a reviewer's or operator's for the platform. Every change is audited. The audit
 * trail itself is listed to an account's auditors (their account only) and to operators.
 */
@RestController
@RequestMapping("/v1")
public class AccountController {

    private final Accounts accounts;
    private final AccessAudit audit;

    public AccountController(Accounts accounts, AccessAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** {@code {"id": "acct-1", "displayName": "...", "number400Enabled": false}} */
    public record NewAccount(String id, String displayName, Boolean number400Enabled) {
    }

    /** Either field may be absent: only what is given changes. */
    public record AccountChange(String displayName, Boolean number400Enabled) {
    }

    /** {@code role} APPLICANT or AUDITOR under an account; REVIEWER or OPERATOR under {@code /v1/platform-keys}. */
    public record NewKey(String name, Role role) {
    }

    @PostMapping("/accounts")
    public ResponseEntity<Account> create(Caller caller, @RequestBody NewAccount body) {
        caller.require(Role.OPERATOR);
        List<FieldError> errors = new ArrayList<>();
        if (body.id() == null || !body.id().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            errors.add(new FieldError("id", "format", "1-64 letters, digits, '.', '_' or '-'",
                    "1至64個字母、數字、'.'、'_'或'-'"));
        }
        if (body.displayName() == null || body.displayName().isBlank() || body.displayName().length() > 100) {
            errors.add(new FieldError("displayName", "required", "is required, at most 100 characters", "必填,最多100個字"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        Account account = accounts.create(body.id(), body.displayName().strip(), Boolean.TRUE.equals(body.number400Enabled()));
        audit.record(caller, AccessAudit.Action.UPDATE_ACCOUNT, account.id(), null);
        return ResponseEntity.created(URI.create("/v1/accounts/" + account.id())).body(account);
    }

    @GetMapping("/accounts/{id}")
    public Account get(Caller caller, @PathVariable("id") String id) {
        if (!caller.maySee(id) || caller.role() == Role.REVIEWER) {
            throw new AccountNotFoundException();
        }
        return accounts.find(id).orElseThrow(AccountNotFoundException::new);
    }

    @PatchMapping("/accounts/{id}")
    public Account update(Caller caller, @PathVariable("id") String id, @RequestBody AccountChange change) {
        caller.require(Role.OPERATOR);
        Account account = accounts.update(id, change.displayName(), change.number400Enabled())
                .orElseThrow(AccountNotFoundException::new);
        audit.record(caller, AccessAudit.Action.UPDATE_ACCOUNT, id, null);
        return account;
    }

    @PostMapping("/accounts/{id}/keys")
    public ResponseEntity<Accounts.IssuedKey> issue(Caller caller, @PathVariable("id") String id, @RequestBody NewKey body) {
        caller.require(Role.OPERATOR);
        accounts.find(id).orElseThrow(AccountNotFoundException::new);
        checkKey(body, true);
        Accounts.IssuedKey key = accounts.issue(body.name().strip(), body.role(), id);
        audit.record(caller, AccessAudit.Action.ISSUE_KEY, id, null);
        return ResponseEntity.status(201).body(key);
    }

    @GetMapping("/accounts/{id}/keys")
    public List<Accounts.IssuedKey> keys(Caller caller, @PathVariable("id") String id) {
        caller.require(Role.OPERATOR);
        accounts.find(id).orElseThrow(AccountNotFoundException::new);
        return accounts.keysOf(id);
    }

    @PostMapping("/platform-keys")
    public ResponseEntity<Accounts.IssuedKey> issuePlatformKey(Caller caller, @RequestBody NewKey body) {
        caller.require(Role.OPERATOR);
        checkKey(body, false);
        Accounts.IssuedKey key = accounts.issue(body.name().strip(), body.role(), null);
        audit.record(caller, AccessAudit.Action.ISSUE_KEY, null, null);
        return ResponseEntity.status(201).body(key);
    }

    @DeleteMapping("/keys/{keyId}")
    public ResponseEntity<Void> revoke(Caller caller, @PathVariable("keyId") String keyId) {
        caller.require(Role.OPERATOR);
        if (!accounts.revoke(keyId)) {
            throw new AccountNotFoundException();
        }
        audit.record(caller, AccessAudit.Action.REVOKE_KEY, null, null);
        return ResponseEntity.noContent().build();
    }

    /** The audit trail, newest first, paged by {@code before} (the last entry's {@code seq}). */
    @GetMapping("/audit")
    public Map<String, Object> trail(Caller caller, @RequestParam(name = "accountId", required = false) String accountId,
            @RequestParam(name = "before", required = false) Long before,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        caller.require(Role.AUDITOR, Role.OPERATOR);
        String account = caller.role() == Role.AUDITOR ? caller.accountId() : accountId;
        List<AccessAuditEntry> entries = audit.trail(account, before, Math.max(1, Math.min(limit, 200)));
        Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("entries", entries);
        if (entries.size() == Math.max(1, Math.min(limit, 200))) {
            page.put("next", entries.get(entries.size() - 1).seq());
        }
        return page;
    }

    private static void checkKey(NewKey body, boolean accountKey) {
        List<FieldError> errors = new ArrayList<>();
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            errors.add(new FieldError("name", "required", "is required, at most 100 characters", "必填,最多100個字"));
        }
        if (body.role() == null || body.role().boundToAccount() != accountKey) {
            errors.add(new FieldError("role", "unknown", accountKey ? "must be APPLICANT or AUDITOR"
                    : "must be REVIEWER or OPERATOR", accountKey ? "只能是 APPLICANT 或 AUDITOR" : "只能是 REVIEWER 或 OPERATOR"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }
}
