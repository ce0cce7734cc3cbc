package org.voicequal.notify;

import java.util.stream.Collectors;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.QualificationStatus;

/**
 * The words of each email, Chinese first and English below (or the other way round for an en locale), so
 * that every owner can read it whatever their settings. Names the qualification, never personal data.
 */
final class Templates {

    private Templates() {
    }

    static String subject(NotificationRequested n) {
        String zh = switch (n.getStatus()) {
            case APPROVED -> "企業資質審核通過";
            case REJECTED -> "企業資質審核不通過";
            case EXPIRING_SOON -> "企業資質即將過期";
            case EXPIRED -> "企業資質已過期";
            case NEEDS_MORE_MATERIAL -> "企業資質需要補充材料";
            default -> "企業資質狀態變更";
        };
        return zh + " / " + english(n.getStatus()) + ": " + n.getQualificationName();
    }

    static String body(NotificationRequested n) {
        String reasonsZh = n.getReasons().stream().map(r -> "- " + r.getMessageZh()).collect(Collectors.joining("\n"));
        String reasonsEn = n.getReasons().stream().map(r -> "- " + r.getMessageEn()).collect(Collectors.joining("\n"));
        String zh = "您好,\n\n您的企業資質「" + n.getQualificationName() + "」狀態:" + zhStatus(n.getStatus()) + "。\n"
                + (reasonsZh.isEmpty() ? "" : "\n原因:\n" + reasonsZh + "\n")
                + action(n.getStatus(), true) + "\n資質編號:" + n.getQualificationId() + "\n";
        String en = "Hello,\n\nYour enterprise qualification \"" + n.getQualificationName() + "\" is now: "
                + english(n.getStatus()) + ".\n" + (reasonsEn.isEmpty() ? "" : "\nReasons:\n" + reasonsEn + "\n")
                + action(n.getStatus(), false) + "\nQualification id: " + n.getQualificationId() + "\n";
        return n.getLocale().startsWith("en") ? en + "\n----\n\n" + zh : zh + "\n----\n\n" + en;
    }

    private static String action(QualificationStatus status, boolean zh) {
        return switch (status) {
            case REJECTED -> zh ? "請修改後重新提交。\n" : "Please correct it and submit again.\n";
            case EXPIRING_SOON, EXPIRED -> zh ? "請在控制臺更換過期資質並重新提交。\n"
                    : "Please replace the expired documents in the console and resubmit.\n";
            default -> "";
        };
    }

    private static String zhStatus(QualificationStatus status) {
        return switch (status) {
            case APPROVED -> "審核通過";
            case REJECTED -> "審核不通過";
            case EXPIRING_SOON -> "即將過期";
            case EXPIRED -> "已過期";
            case UNDER_REVIEW -> "審核中";
            case NEEDS_MORE_MATERIAL -> "需要補充材料";
            case REPLACED -> "已更換";
            case WITHDRAWN -> "已撤回";
            default -> status.name();
        };
    }

    private static String english(QualificationStatus status) {
        return switch (status) {
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case EXPIRING_SOON -> "expiring soon";
            case EXPIRED -> "expired";
            case UNDER_REVIEW -> "under review";
            case NEEDS_MORE_MATERIAL -> "needs more material";
            case REPLACED -> "replaced";
            case WITHDRAWN -> "withdrawn";
            default -> status.name().toLowerCase();
        };
    }
}
