package nl.gedeeldbeeld.synth;

/** All true vehicles with their registered keeper. */
final class Vehicles {
    static final String[] COLOURS = {"ZWART", "GRIJS", "WIT", "BLAUW", "ROOD", "GROEN", "BRUIN", "BEIGE", "GEEL"};

    final IntList owner;
    final IntList model;
    final IntList colour;
    final IntList year;
    final IntList sidecode;
    final IntList serial;

    Vehicles(int capacity) {
        owner = new IntList(capacity);
        model = new IntList(capacity);
        colour = new IntList(capacity);
        year = new IntList(capacity);
        sidecode = new IntList(capacity);
        serial = new IntList(capacity);
    }

    int add(int ownerRef, int modelIndex, int colourIndex, int firstRegistrationYear, int side, int serialNumber) {
        owner.add(ownerRef);
        model.add(modelIndex);
        colour.add(colourIndex);
        year.add(firstRegistrationYear);
        sidecode.add(side);
        return serial.add(serialNumber);
    }

    int size() {
        return owner.size();
    }

    String plate(int i) {
        return LicencePlate.plate(sidecode.get(i), serial.get(i));
    }

    static String trueId(int i) {
        return "V" + IbanFactory.pad(i, 7);
    }
}
