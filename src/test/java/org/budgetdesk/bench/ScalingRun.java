package org.budgetdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetdesk.check.Checker;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;

/**
 * How load, check and export grow with the number of units, phase by phase, in one JVM (not JMH: a quick look at
 * what is super-linear). {@code java -cp … org.budgetdesk.bench.ScalingRun 100 500 1000 [--lines 60,30] [--no-export]}.
 */
public final class ScalingRun {
    private ScalingRun() {
    }

    public static void main(String[] args) throws Exception {
        int functional = 60;
        int economic = 30;
        boolean export = true;
        List<String> sizes = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lines")) {
                String[] parts = args[++i].split(",");
                functional = Integer.parseInt(parts[0]);
                economic = Integer.parseInt(parts[1]);
            } else if (args[i].equals("--no-export")) {
                export = false;
            } else {
                sizes.add(args[i]);
            }
        }
        Path folder = Files.createTempDirectory("budgetdesk-scaling");
        ProjectFiles files = new ProjectFiles();
        System.out.println("units\tbuild ms\tsave ms\tMiB\tload ms\theap MiB\tcheck ms\txlsx ms");
        for (String size : sizes) {
            int units = Integer.parseInt(size);
            long t0 = System.nanoTime();
            Department built = GeneratedDepartment.build(units, functional, economic);
            long t1 = System.nanoTime();
            Path file = folder.resolve(units + ".budget");
            files.save(built, file);
            long t2 = System.nanoTime();
            built = null;
            gc();
            long t3 = System.nanoTime();
            Department loaded = files.load(file);
            long t4 = System.nanoTime();
            gc();
            long heap = used();
            long t5 = System.nanoTime();
            int findings = new Checker().check(loaded).size();
            long t6 = System.nanoTime();
            if (export) {
                new XlsxExporter().export(loaded, folder.resolve(units + ".xlsx"), ExportOptions.defaults());
            }
            long t7 = System.nanoTime();
            System.out.printf("%d\t%d\t%d\t%.1f\t%d\t%.1f\t%d\t%d\t(%d findings)%n", units, ms(t1 - t0), ms(t2 - t1),
                    Files.size(file) / 1048576.0, ms(t4 - t3), heap / 1048576.0, ms(t6 - t5), ms(t7 - t6), findings);
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder.resolve(units + ".xlsx"));
            Files.deleteIfExists(folder.resolve(units + ".budget.bak"));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
