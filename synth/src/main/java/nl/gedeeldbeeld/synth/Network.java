package nl.gedeeldbeeld.synth;

import java.util.ArrayList;
import java.util.List;

/** A planted criminal network: who is in it, in which role, and what they share. */
final class Network {
    record Member(int person, Role role, String facilitatorKind) {
    }

    record Link(int from, int to, LinkKind kind, String description) {
    }

    /** Several members using one phone number (a shared "werktelefoon"). */
    record SharedPhone(String number, List<Integer> persons) {
    }

    /** A vehicle kept by one member and seen driven by others. */
    record SharedVehicle(int vehicle, List<Integer> drivers) {
    }

    /** A member registered at another member's address. */
    record SharedAddress(int address, List<Integer> persons) {
    }

    final int index;
    final List<Member> members = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<SharedPhone> sharedPhones = new ArrayList<>();
    final List<SharedVehicle> sharedVehicles = new ArrayList<>();
    final List<SharedAddress> sharedAddresses = new ArrayList<>();
    final IntList companies = new IntList(8);
    /** Accounts the network controls directly (members' and companies'); laundering draws on these. */
    final IntList accounts = new IntList(16);

    Network(int index) {
        this.index = index;
    }

    String id() {
        return "NET-" + IbanFactory.pad(index + 1, 3);
    }

    boolean isMember(int person) {
        for (Member m : members) {
            if (m.person() == person) {
                return true;
            }
        }
        return false;
    }

    int keyPlayer() {
        return members.get(0).person();
    }

    List<Integer> persons(Role role) {
        List<Integer> out = new ArrayList<>();
        for (Member m : members) {
            if (m.role() == role) {
                out.add(m.person());
            }
        }
        return out;
    }
}
