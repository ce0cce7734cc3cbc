package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckResult;

/**
 * Every rule of the seed, in the order a reviewer reads them: the enterprise, its people, validity, the
 * letters and seals, the 400 form, renewal. Adding a rule is adding a class here.
 */
public final class Rulebook {

    /** 資質過期前7天: the reminder window of the seed. */
    public static final int REMINDER_DAYS = 7;

    private final List<Rule> rules;

    public Rulebook() {
        this(REMINDER_DAYS);
    }

    public Rulebook(int reminderDays) {
        rules = List.of(
                new CreditCodeChecksum(), new CreditCodeMatches(), new EnterpriseNameMatches(),
                new CertificateTypeMatches(), new EnterpriseTypeAllowed(), new EnterpriseTypeMatches(),
                new BusinessTermMatches(),
                new ResidentIdChecksum(), new LegalRepresentativeMatches(), new AdministratorMatches(),
                new DocumentsValid(), new IdValidityMatches(), new ValidityEndsSoon(reminderDays),
                new LetterDates(), new LetterAdministratorMatches(), new CommitmentNamesCompany(), new LettersSealed(),
                new IdImagesSealed(),
                new NumbersWithinLimit(), new NumbersNotHeld(), new ThreeInOneDocuments(),
                new RenewalUnchanged());
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<CheckResult> evaluate(CaseFile file) {
        return rules.stream().flatMap(rule -> rule.check(file).stream()).toList();
    }
}
